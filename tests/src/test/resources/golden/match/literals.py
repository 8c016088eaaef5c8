# literal and value patterns: numbers (negative, complex), strings, bytes, None/True/False by identity, dotted names
class Color:
    RED = 1
    GREEN = 2

class NS:
    class Inner:
        BLUE = "blue"

def classify(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2 + 3j:
            return "complex"
        case "hello" "world":
            return "concatenated string"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case NS.Inner.BLUE:
            return "blue"
        case _:
            return "other " + repr(v)

for v in [0, 0.0, -1, -1.0, 1.5, complex(-2, 3), "helloworld", b"raw", None, True, False, 1, 2, "blue", 3, [], ""]:
    print(repr(v), "->", classify(v))

# 1 == True, but True is matched by identity
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 is 1")

# an object whose __eq__ decides the value pattern
class Anything:
    def __eq__(self, other):
        print("eq called with", other)
        return True

match Anything():
    case 42:
        print("matched 42 via __eq__")

# bindings leak out of the match like assignments
match (1, 2):
    case (a, b):
        pass
print(a, b)
