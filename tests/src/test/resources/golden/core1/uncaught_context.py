def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}["fallback"]

print("parsing 12:", parse("12"))
print("parsing abc")
parse("abc")
print("never printed")
