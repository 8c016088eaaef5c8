# base64 (Lib) on binascii
import base64

print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8="))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b32encode(b"ab"), base64.b32decode("MFRA===="), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"))
print(base64.b85encode(b"hello"), base64.b85decode(b"Xk~0{Zv"), base64.a85encode(b"hello"), base64.a85decode(b"BOu!rDZ"))
print(base64.encodebytes(b"x" * 60))
print(base64.standard_b64encode(b"\x00\x01"), base64.b32hexencode(b"abc"))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
