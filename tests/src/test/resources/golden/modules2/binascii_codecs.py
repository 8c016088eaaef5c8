# binascii: hex, base64, uu, quoted-printable, crc
import binascii

print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2),
      binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.unhexlify("01abFF"), binascii.a2b_hex(b"6869"))
print(binascii.b2a_base64(b"hello world"), binascii.b2a_base64(b"ab", newline=False), binascii.b2a_base64(b""))
print(binascii.a2b_base64("aGVsbG8gd29ybGQ="), binascii.a2b_base64(b"aGV sbG8=\n"), binascii.a2b_base64("YQ==YQ=="))
print(binascii.b2a_uu(b"Cat"), binascii.b2a_uu(b"", backtick=True), binascii.a2b_uu(b"#0V%T\n"), binascii.a2b_uu(binascii.b2a_uu(b"x" * 45)) == b"x" * 45)
qp = binascii.b2a_qp(b"caf\xc3\xa9 = ok \nline two\t\n" + b"x" * 100)
print(qp)
print(binascii.a2b_qp(qp), binascii.a2b_qp(b"a_b=3D=\nc", header=True), binascii.b2a_qp(b"a b_c", header=True))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"x", -1))
print(binascii.crc_hqx(b"123456789", 0xffff), binascii.crc_hqx(b"", 7))
for f in [lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.a2b_base64("abc"),
          lambda: binascii.a2b_base64("abcde"), lambda: binascii.a2b_base64("ab=c", strict_mode=True),
          lambda: binascii.a2b_base64("=abc", strict_mode=True), lambda: binascii.b2a_uu(b"x" * 46),
          lambda: binascii.hexlify("str"), lambda: binascii.unhexlify("é"), lambda: binascii.a2b_base64(5)]:
    try:
        print(f())
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
