import re

LOG = """\
2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:01 INFO [web] GET /index.html 200
2024-01-15 10:24:07 WARNING [web] Slow response: 2.5s
2024-01-15 10:25:00 ERROR [auth] Invalid token for user=alice
"""

pattern = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<mod>\w+)\] (?P<msg>.*)")
for line in LOG.splitlines():
    m = pattern.match(line)
    if m:
        print(m.group("level"), m["mod"], m.group("msg"))
        print(m.groupdict()["date"], m.span("msg"))

errors = [m.group("msg") for m in pattern.finditer(LOG) if m.group("level") == "ERROR"]
print(errors)
print(re.findall(r"(\w+)=(\w+)", LOG))
print(re.sub(r"\d{4}-(\d{2})-(\d{2})", r"\2/\1", "on 2024-01-15 and 2023-12-31"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.split(r"[,;]\s*", "a, b;c,   d"))
print(re.split(r"(\s)", "x y  z", maxsplit=2))
print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.fullmatch(r"[a-z]+", "abc1"))
print(re.search(r"(?i)hello", "Say HELLO there").group(0))
print(re.subn(r"o", "0", "foo boo"))
email = re.compile(r"""
    ^(?P<user>[\w.+-]+)   # user part
    @
    (?P<domain>[\w-]+(\.[\w-]+)+)$  # domain
""", re.VERBOSE)
for addr in ["john.doe@example.com", "bad@", "x+y@sub.domain.org"]:
    m = email.match(addr)
    print(addr, "->", m.group("user", "domain") if m else None)
print(re.escape("1+1=2? (yes)"))
m = re.search(r"(\d+)-(\d+)?", "range 10-")
print(m.groups(), m.groups(default="?"), m.lastindex, m.start(1), m.end())
print(repr(re.compile(r"ab+c", re.I | re.M)))
print(m)
print(re.findall(r"\b\w", "the quick brown fox"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $10.50 and $3"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("error:", e, e.pos)
