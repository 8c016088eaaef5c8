import tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "core.py").write_text("def f():\n    return 1\n")
    (root / "src" / "main.py").write_text("print('hi')\n")
    (root / "docs" / "index.md").write_text("# Title\n\nText\n", encoding="utf-8")
    (root / "data.bin").write_bytes(bytes(range(10)))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
    print(sorted(p.name for p in root.iterdir()))
    print(sorted(str(p.relative_to(root)) for p in root.glob("*/*")))
    f = root / "src" / "pkg" / "core.py"
    print(f.name, f.stem, f.suffix, f.parent.name, f.exists(), f.is_file(), f.is_dir())
    print(f.read_text().splitlines())
    print(f.stat().st_size, (root / "data.bin").read_bytes()[:4])
    g = f.with_suffix(".txt")
    f.rename(g)
    print(f.exists(), g.exists())
    with (root / "log.txt").open("w") as fh:
        fh.write("a\nb\n")
    with open(root / "log.txt", "a") as fh:
        fh.write("c\n")
    print((root / "log.txt").read_text())
    (root / "log.txt").unlink()
    print((root / "log.txt").exists())
    try:
        (root / "nope.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, Path(e.filename).name)
    try:
        (root / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "index.md").unlink()
    (root / "docs").rmdir()
    print(sorted(p.name for p in root.iterdir()))
    print(root.joinpath("a", "b").relative_to(root).as_posix())

p = PurePosixPath("/usr/local/lib/python3.12/site.py")
print(p.parts, p.parent, p.parents[2], p.suffixes, p.anchor, p.is_absolute())
print(PurePosixPath("archive.tar.gz").suffixes, PurePosixPath("a/b").with_name("c"), PurePosixPath("a") / "b" / "c")
print(PurePosixPath("/a/b/c.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("a/b").with_stem("z"))
print(repr(PurePosixPath("x/y")), str(Path("a/../b")), Path("a//b/./c"))
print(Path("/tmp").is_absolute(), Path("rel").is_absolute())
