import struct
import os
import tempfile
import io

RECORD = struct.Struct("<I16sdB")
people = [(1, "Ada Lovelace", 36.5, 1), (2, "Alan Turing", 41.9, 0), (3, "Grace Hopper", 85.0, 1)]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "people.dat")
    with open(path, "wb") as f:
        f.write(struct.pack("<4sH", b"PPL1", len(people)))
        for pid, name, age, flag in people:
            f.write(RECORD.pack(pid, name.encode("utf-8"), age, flag))
    size = os.path.getsize(path)
    print(size, 6 + RECORD.size * len(people))
    with open(path, "rb") as f:
        magic, count = struct.unpack("<4sH", f.read(6))
        print(magic, count)
        for _ in range(count):
            pid, raw, age, flag = RECORD.unpack(f.read(RECORD.size))
            print(pid, raw.rstrip(b"\0").decode(), age, bool(flag))
        print(f.read())
    with open(path, "r+b") as f:
        f.seek(6 + RECORD.size + 20)
        f.write(struct.pack("<d", 42.0))
        f.seek(0, io.SEEK_END)
        print(f.tell())
    with open(path, "rb") as f:
        data = f.read()
    print(RECORD.unpack_from(data, 6 + RECORD.size)[2])
    mv = memoryview(data)
    print(mv[:4].tobytes(), len(mv), mv[4], bytes(mv[4:6]))
