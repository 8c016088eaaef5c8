def reload(d, name):
    try:
        x = d[name]
        return x
    finally:
        try:
            del d[name]
        except KeyError:
            pass

def with_else(d, name):
    try:
        return d[name]
    finally:
        try:
            d.pop(name)
        except KeyError:
            print("missing")
        else:
            print("popped", name)

d = {'a': 1, 'b': 2}
print(reload(d, 'a'), d)
print(with_else(d, 'b'), d)
try:
    with_else(d, 'zz')
except KeyError as e:
    print("KeyError", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        try:
            print("fin", i)
        except Exception:
            pass
