def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no entry for %r" % (k,)) from None

print(lookup({"a": 1}, "a"))
try:
    lookup({}, "b")
except LookupError as e:
    print("first time caught:", e)
lookup({}, "c")
