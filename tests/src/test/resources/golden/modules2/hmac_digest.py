# hmac over hashlib
import hmac, hashlib

print(hmac.new(b"key", b"The quick brown fox", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.md5).hexdigest())
m = hmac.new(b"k" * 100, digestmod="sha512")
m.update(b"part one ")
m.update(b"part two")
print(m.name, m.digest_size, m.block_size, m.hexdigest()[:32])
print(hmac.digest(b"key", b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
