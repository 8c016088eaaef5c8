# the codecs module: lookup through Lib's encodings, charmap codecs, custom codecs and error handlers
import codecs

for name in ["utf-8", "UTF_8", "latin1", "cp1252", "utf-16", "ascii", "iso8859-15", "koi8_r", "mac-roman", "hex", "rot13", "unicode_escape"]:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__)
print(b"\x80abc\x9f".decode("cp1252"), "\u20ac\u0178".encode("cp1252"), "caf\xe9".encode("cp850"))
print("\u0416\u0443\u043a".encode("koi8-r"), b"\xf6\xd5\xcb".decode("koi8_r"), "\u20ac".encode("iso8859_15"))
print(codecs.encode(b"hi", "hex"), codecs.decode("6869", "hex"), codecs.encode("hello", "rot13"))
print(codecs.encode("a\tb\u20ac", "unicode_escape"), codecs.decode(b"a\\tb\\u20ac\\x41\\N{BULLET}", "unicode_escape"))
print(codecs.encode("a\\b\u20ac\xe9", "raw_unicode_escape"), codecs.decode(b"\\u20ac\\x41", "raw_unicode_escape"))
print(codecs.escape_encode(b"a'\n\x00\xff"), codecs.escape_decode(b"a\\n\\x41\\101"))
print("Hi \u20ac+".encode("utf-7"), b"Hi +IKw-+-".decode("utf-7"))
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_16_le_decode(b"a\x00b", None, False))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True), codecs.latin_1_encode("\xff"), codecs.ascii_decode(b"ok"))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "abc"), codecs.charmap_encode("ba", "strict", {ord("a"): 1, ord("b"): b"BB"}))
try:
    "x\u20ac".encode("cp437")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "x".encode("hex")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.lookup("definitely-unknown")
except LookupError as e:
    print("LookupError:", e)

def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d-%d>" % (exc.start, exc.end), exc.end)
    return ("?" * (exc.end - exc.start), exc.end)

codecs.register_error("mark", handler)
print("a\u20ac\u20acb\xffc".encode("ascii", "mark"), b"a\xff\xfeb".decode("ascii", "mark"))
print(codecs.lookup_error("mark") is handler, codecs.lookup_error("strict").__name__)
print(codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "a\u20ac", 1, 2, "bad")))

def search(name):
    if name == "shouty":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="shouty")
    return None

codecs.register(search)
print("hello".encode("shouty"), b"WORLD".decode("shouty"), codecs.lookup("SHOUTY").name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
