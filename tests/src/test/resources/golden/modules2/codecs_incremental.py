# incremental codecs: the encodings' classes keep _codecs functions as class attributes (which do not bind)
import codecs

enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("ab") + enc.encode("c", final=True))
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "\u20ac!".encode()])
dec16 = codecs.getincrementaldecoder("utf-16")()
print([dec16.decode(bytes([b])) for b in "hi".encode("utf-16")])
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac", b"x"], "utf-8")))
