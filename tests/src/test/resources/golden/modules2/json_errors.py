# _json.scanstring errors are json.decoder.JSONDecodeError with CPython's positions
import _json

for s, end in [('"abc', 1), ('"a\tb"', 1), ('"\\x"', 1), ('"\\u12"', 1), ('"\\u12zz"', 1), ('"abc"', 10)]:
    try:
        print(_json.scanstring(s, end))
    except ValueError as e:
        print(type(e).__name__, e)
import json
print(json.loads('{"a": [1, 2.5, "x\\u00e9"], "b": null}'), json.dumps({"k": "caf\xe9", "n": [1, True]}))
