import hashlib
import base64
import hmac
import binascii

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    print(name, h.hexdigest(), h.digest_size, h.block_size)
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h2 = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h2.hexdigest(), h.name)
print(hashlib.md5("unicode ü".encode()).hexdigest(), hashlib.sha1(b"").digest()[:4])
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest(), hashlib.blake2b(b"abc", key=b"k", digest_size=8).hexdigest())
print(hashlib.shake_128(b"x").hexdigest(10), sorted(a for a in ["md5", "sha256"] if a in hashlib.algorithms_guaranteed))
print(hashlib.file_digest(__import__("io").BytesIO(data), "sha1").hexdigest())
print(hmac.new(b"key", data, hashlib.sha256).hexdigest(), hmac.compare_digest(b"a", b"a"))
print(hmac.new(b"key", b"msg", "md5").hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
enc = base64.b64encode(data)
print(enc, base64.b64decode(enc) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hello"), base64.b16encode(b"hi"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.b32decode(b"NBSWY3DP"), base64.standard_b64decode("aGk="))
print(base64.encodebytes(b"x" * 60), base64.b64encode(b"ab", altchars=b"-_"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(base64.b64decode("YW Jj\n", validate=False), binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("cafe"), binascii.crc32(b"hello"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(":"), data.hex()[:10])
