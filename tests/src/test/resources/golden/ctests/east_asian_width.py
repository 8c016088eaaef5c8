# unicodedata.east_asian_width; code positions in UTF-8 bytes (traceback carets under non-ASCII lines)
import unicodedata, traceback
print([unicodedata.east_asian_width(c) for c in "a\u00e9\u4e00\uff21\uff71\u00a1 \U0001F600\u0000\U00020000\U0010FFFF"])
# traceback carets under a line with wide characters use the display width
def f():
    x = {"中文": 1}
    return x["中文"] + x["缺"]
try:
    f()
except KeyError:
    print(traceback.format_exc().splitlines()[-3:])
