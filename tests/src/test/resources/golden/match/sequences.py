# sequence patterns: lists, tuples, ranges, star, nested, and what is not a sequence
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long {first} {middle} {last}"
        case [first, *rest]:
            return f"head {first!r} rest {rest!r}"
        case _:
            return f"not a sequence: {type(v).__name__}"

for v in [[], (), [1], (1,), [1, 2], range(3), range(10), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, (1, 2, 3), iter([1, 2])]:
    print(seq(v))

class MyList(list):
    pass

match MyList([4, 5]):
    case [a, b]:
        print("list subclass", a, b)

class MyStr(str):
    pass

match MyStr("xy"):
    case [a, b]:
        print("str subclass matched?!")
    case _:
        print("str subclass is not a sequence")

# nested patterns
def shape(v):
    match v:
        case [[x1, y1], [x2, y2]]:
            return f"segment ({x1},{y1})-({x2},{y2})"
        case [(x, y), *others] if all(len(o) == 2 for o in others):
            return f"polyline from ({x},{y}) with {len(others)} more"
        case [*_, ("end", n)]:
            return f"ends with {n}"
        case [*_]:
            return "some sequence"
    return "nothing"

for v in [[[0, 0], [1, 1]], [(0, 0), (1, 2), (3, 4)], [1, 2, ("end", 9)], [1, 2, 3], "no"]:
    print(shape(v))

# star wildcard in the middle
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts with 1 and ends with 5")

match (1, 2):
    case [1, 2, *rest]:
        print("rest is", rest)
