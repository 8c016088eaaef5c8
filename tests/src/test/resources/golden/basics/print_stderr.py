import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("a", "b", sep="+", file=sys.stderr)
print("again stdout", flush=True)
print("err no newline", end="", file=sys.stderr)
print("", file=sys.stderr)
print("done")
