# hashlib on the _md5/_sha1/_sha2/_sha3/_blake2 modules
import hashlib

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
             "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.md5(b"").hexdigest())
print(hashlib.sha256(b"a" * 1000).hexdigest())
print(hashlib.sha3_256(b"x" * 300).hexdigest())
print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(b"").hexdigest(8))
print(hashlib.blake2b(data, digest_size=20).hexdigest())
print(hashlib.blake2s(b"msg", key=b"secret", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2b(b"a" * 300, key=b"k" * 64).hexdigest())

# incremental updates and copies
h = hashlib.sha1()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(chunk)
g = h.copy()
g.update(b"!")
print(h.hexdigest(), g.hexdigest(), h.digest()[:4])
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(sorted(hashlib.algorithms_guaranteed))

for bad in [lambda: hashlib.md5("text"), lambda: hashlib.sha256().update(5),
            lambda: hashlib.new("nope"), lambda: hashlib.blake2b(digest_size=65)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
