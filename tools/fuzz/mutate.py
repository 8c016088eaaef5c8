"""Mutations of real programs (our golden tests) for tools/fuzz: truncation, token swaps, deleted and
duplicated lines, random bytes, deep nesting. mutate(source, rng) returns the mutated source."""

import io
import random
import tokenize


def _tokens(src):
    try:
        return [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
                if t.type not in (tokenize.ENDMARKER, tokenize.NEWLINE, tokenize.NL, tokenize.INDENT,
                                  tokenize.DEDENT, tokenize.COMMENT) and t.string]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return []


def _offset(lines, row, col):
    return sum(len(l) for l in lines[:row - 1]) + col


def truncate(src, r):
    return src[:r.randrange(len(src) + 1)]


def swap_tokens(src, r):
    toks = _tokens(src)
    if len(toks) < 2:
        return truncate(src, r)
    a, b = sorted(r.sample(range(len(toks)), 2))
    ta, tb = toks[a], toks[b]
    if ta.start[0] != ta.end[0] or tb.start[0] != tb.end[0]:
        return src
    lines = src.splitlines(keepends=True)
    sa, ea = _offset(lines, *ta.start), _offset(lines, *ta.end)
    sb, eb = _offset(lines, *tb.start), _offset(lines, *tb.end)
    return src[:sa] + tb.string + src[ea:sb] + ta.string + src[eb:]


def replace_token(src, r):
    toks = _tokens(src)
    if not toks:
        return truncate(src, r)
    t = r.choice(toks)
    if t.start[0] != t.end[0]:
        return src
    lines = src.splitlines(keepends=True)
    s, e = _offset(lines, *t.start), _offset(lines, *t.end)
    new = r.choice(["(", ")", "[", "]", "{", "}", ":", ",", "lambda", "yield", "await", "*", "**", "=", ":=",
                    "0", "-1", "2**64", "1e308", "'s'", "None", "not", "is", "in", "del", "return", "pass",
                    "\\", "@", "...", "if", "else", "f'{x}'", "'", "\"\"\"", "#", "\t", "\n", " "])
    return src[:s] + new + src[e:]


def delete_line(src, r):
    lines = src.splitlines(keepends=True)
    if not lines:
        return src
    del lines[r.randrange(len(lines))]
    return "".join(lines)


def duplicate_line(src, r):
    lines = src.splitlines(keepends=True)
    if not lines:
        return src
    i = r.randrange(len(lines))
    lines.insert(r.randrange(len(lines) + 1), lines[i])
    return "".join(lines)


def random_bytes(src, r):
    data = bytearray(src.encode("utf-8"))
    for _ in range(r.randint(1, 4)):
        pos = r.randrange(len(data) + 1)
        data[pos:pos] = bytes(r.randrange(256) for _ in range(r.randint(1, 3)))
    return data.decode("utf-8", errors="replace")


def deep_nesting(src, r):
    k = r.randrange(5)
    n = r.choice([10, 50, 99, 100, 200, 1000, 5000])
    if k == 0:
        line = "x = " + "(" * n + "1" + ")" * n + "\nprint(x)\n"
    elif k == 1:
        line = "x = " + "[" * n + "]" * n + "\nprint(len(x))\n"
    elif k == 2:
        line = "x = 1" + " + 1" * (n * 10) + "\nprint(x)\n"
    elif k == 3:
        line = "".join("    " * i + "if True:\n" for i in range(n)) + "    " * n + "print('deep')\n"
    else:
        line = "x = 0\nif x == 0: pass\n" + "".join("elif x == %d: pass\n" % i for i in range(1, n * 5)) + "print('elif')\n"
    lines = src.splitlines(keepends=True)
    lines.insert(r.randrange(len(lines) + 1), line)
    return "".join(lines)


MUTATIONS = [truncate, swap_tokens, replace_token, delete_line, duplicate_line, random_bytes, deep_nesting]


def mutate(src, r):
    for _ in range(r.choice([1, 1, 1, 2, 3])):
        src = r.choice(MUTATIONS)(src, r)
    return src
