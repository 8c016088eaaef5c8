# printed tracebacks of chained exceptions raised through several frames, and a re-raised traceback
def parse(s):
    return int(s)


def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError as e:
            raise LookupError("bad item " + s) from e
    return out


def run():
    try:
        load(["1", "x"])
    except LookupError as e:
        saved = e
    try:
        {}["k"]
    except KeyError:
        raise saved.with_traceback(saved.__traceback__)


run()
