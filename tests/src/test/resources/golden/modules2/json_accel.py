# _json: scanstring and encode_basestring(_ascii), the accelerators json uses
import _json

print(_json.scanstring('"hello" tail', 1), _json.scanstring('x"a\\"b\\\\c\\/\\n\\t\\u00e9\\ud83d\\ude00z"', 2))
print(_json.scanstring('"tab\tin"', 1, False))
print(_json.scanstring('"\\ud800 lone"', 1), _json.scanstring('""', 1))
print(_json.encode_basestring_ascii('caf\xe9 "q" \\ \n\t\x01 \U0001f600'))
print(_json.encode_basestring('caf\xe9 "q" \\ \n\x7f'))
try:
    _json.scanstring('"abc"', 10)
except ValueError as e:
    print(type(e).__name__, e)
