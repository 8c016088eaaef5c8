# unicodedata.east_asian_width; code positions in UTF-8 bytes (traceback carets under non-ASCII lines)
import importlib, os, sys, tempfile, traceback, unicodedata
print([unicodedata.east_asian_width(c) for c in "a\u00e9\u4e00\uff21\uff71\u00a1 \U0001F600\u0000\U00020000\U0010FFFF"])
src = '''
def f():
    x = {"中文": 1}
    return x["中文"] + x["缺"]
'''
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "eaw_mod.py"), "w", encoding="utf-8") as fh:
        fh.write(src)
    sys.path.insert(0, d)
    mod = importlib.import_module("eaw_mod")
    try:
        mod.f()
    except KeyError:
        print(traceback.format_exc().splitlines()[-3:])
    sys.path.remove(d)
