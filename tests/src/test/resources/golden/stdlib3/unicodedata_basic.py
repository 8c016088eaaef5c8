# unicodedata: names, categories, numeric values and normalization.
import unicodedata as ud

for ch in ["A", "a", "é", "1", " ", "€", "ß", "中", "한", "½", "²", "٣", "Ⅻ", "(", "-", "😀"]:
    print(repr(ch), ud.name(ch), ud.category(ch), ud.bidirectional(ch), ud.mirrored(ch),
          ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))
print(ud.lookup("LATIN SMALL LETTER SHARP S"), ud.lookup("snowman"), ud.lookup("CJK UNIFIED IDEOGRAPH-4E2D"))
print(ud.name("\x00", "<none>"))
try:
    ud.name("\n")
except ValueError as e:
    print("ValueError:", e)
try:
    ud.lookup("NOT A REAL CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
try:
    ud.decimal("x")
except ValueError as e:
    print("ValueError:", e)
s = "Ame\u0301lie ﬁ ①"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, n))
try:
    ud.normalize("NFX", "a")
except ValueError as e:
    print("ValueError:", e)
print(ud.unidata_version)
# strip accents, as users do
def strip_accents(text):
    return "".join(c for c in ud.normalize("NFD", text) if ud.category(c) != "Mn")
print(strip_accents("Crème brûlée à la façon de Ñandú"))
